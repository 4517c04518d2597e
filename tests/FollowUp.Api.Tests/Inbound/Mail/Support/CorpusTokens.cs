namespace FollowUp.Api.Tests.Inbound.Mail.Support;

/// <summary>The reply token each corpus message was addressed to (the part after "replies+"): lowercase base32 as the product issues.</summary>
internal static class CorpusTokens
{
    public const string IphoneJa = "au4pczl6ht4dtcbslfpr3upxxrubu4z5h4jo24m4dmt7ehhzl";
    public const string OutlookJa = "u4m5sbbleuhqxr22eppw246ddhko6ruga3ppmdudcba67gcct";
    public const string BeckyJa = "mrwxvgcm5yknu2y26725uahxhbwdz4k2kyqwlpi7qudzp74yu";
    public const string MuttJa = "4nubu5bhjq6sfzdjat6xvdfxvmq7im2eyig76nzejoovmgfnv";
    public const string GmailJa = "6rht25xmfrvx3jgfdvnaoxdqatn47xakdwgvfcwg3nv5kpyj6";
    public const string GmailEn = "odywxld3l7rdqsi6ppk7y4sp2w6haqvh7t6traxzt7l5ivbwy";
    public const string OutlookWebEn = "kwvkme2rzz4x6vp3thcxqcspnt4cxkgtnp34xdccesqjziqkm";
    public const string OutlookDesktopJa = "t6ywmyzebxvfwoyiaij2dbdmlu3t56tjhl2xlb2e72b2hr3cq";
    public const string AppleMailEn = "5wrxmnaqibyddzn76vtwkqx7bitqwrdf2m2qgx6rcoojd53dk";
    public const string IphoneEn = "lo7hev6ujhcezqgcaz4qiqkwp2eb2e6tm4hm2ursgol2tfi6y";
    public const string OutlookEn = "htxjjsz3jdi3mrvijnqy2u7hmi45hqvycixbgdlbof4kr7ojr";
    public const string OutlookIosJa = "53bnqeowzrwuohb2lfvmet5rd7frciomeivf5wzc6x65fhl2z";
    public const string OutOfOfficeJa = "6wmse3etv7wb3tdlwnemqtayualr5rvnonzyjbmzbkgryvsen";
    public const string VacationEn = "5ivokli7b36rxdyhidecyunkxtyplu4y6iwzmxjnp2fmfeqck";
    public const string Bounce = "aaa4zn2fc3fb2pc2gmjkd3mcqr57jsc6qw6ifnp46hqfgejow";
    public const string NoMessageIdJa = "xqghrvh36ibrkgu4ovwhsyjxac6ueqq5covm7c3hbjjxtjv6t";
    public const string YahooJa = "rzffrf5gmqnx6r5zronjvock4ycao2evp324ehmz4f7uboppw";
    public const string ThunderbirdEn = "km5q3drqhdmh6cjtnukiglh3gkxaivrzhp5iseitn6nfp27jx";
}
