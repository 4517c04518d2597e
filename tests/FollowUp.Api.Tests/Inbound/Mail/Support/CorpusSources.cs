namespace FollowUp.Api.Tests.Inbound.Mail.Support;

/// <summary>
/// Where the corpus in Inbound/Mail/Corpus comes from. The .eml files are committed bytes; these sources say
/// what each is meant to be, and a test keeps the two equal. Regenerate after editing a source with
/// <c>FOLLOWUP_WRITE_CORPUS=1 dotnet test tests/FollowUp.Email.Tests --filter FullyQualifiedName~CorpusSourcesTests</c>.
/// </summary>
internal static partial class CorpusSources
{
    public static IReadOnlyList<CorpusMessage> All { get; } =
    [
        IphoneJa(),
        OutlookJa(),
        BeckyJa(),
        MuttJa(),
        GmailJa(),
        OutlookDesktopJa(),
        OutlookIosJa(),
        YahooJa(),
        NoMessageIdJa(),
        OutOfOfficeJa(),
        GmailEn(),
        OutlookWebEn(),
        AppleMailEn(),
        IphoneEn(),
        OutlookEn(),
        ThunderbirdEn(),
        VacationEn(),
        Bounce(),
    ];
}
