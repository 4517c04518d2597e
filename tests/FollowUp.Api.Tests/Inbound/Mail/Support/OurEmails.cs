namespace FollowUp.Api.Tests.Inbound.Mail.Support;

/// <summary>The follow-up emails the corpus candidates answer, as their mailers quote them back.</summary>
internal static class OurEmails
{
    public const string RecruitingJa = "ミライワークス 採用チーム";
    public const string RecruitingEn = "Mirai Works Recruiting";
    public const string RecruitingAddress = "recruit@mirai-works.example.jp";
    public const string ReplyMailbox = "replies@reply.mirai-works.example.jp";
    public const string OptOut = "https://followup.mirai-works.example.jp/api/opt-out?token=";

    public static string ReplyAddress(string token) => $"replies+{token}@reply.mirai-works.example.jp";

    public static string ConsideringJa(string name) => $"""
        {name} 様

        本日はお忙しいなか、ミライワークスのカジュアル面談にお時間をいただき、誠にありがとうございました。
        お話を伺うなかで感じたことを、率直にお伝えできればと思い、フィードバックをまとめました。

        ■ 特に印象に残った点
        ・チームでの合意形成を丁寧に進めてこられたご経験

        ■ さらに伸ばせると感じた点（他社様の選考でもきっと役立つと思います）
        ・成果を数字で語る場面がもう少しあると、より伝わりやすくなります

        そのうえで、ひとつだけ率直に伺わせてください。
        選考（面接）に進んでみたいと思われますか？

        「進みたい」「もう少し考えたい」「ここが気になる」など、どのようなお返事でも構いません。
        このメールにご返信いただければ、担当の山根 健が拝読いたします。

        --
        ミライワークス
        今後のご案内がご不要でしたら、こちらから配信を停止できます（ワンクリックで完了します）。
        {OptOut}q4c7kx2m9v3b5n8d6f2h4j7l9p3s5v8w2y4a6c8e3g5i7k9m2
        """;

    public static string UndecidedJa(string name) => $"""
        {name} 様

        本日はお忙しいなか、ミライワークスのカジュアル面談にお時間をいただき、誠にありがとうございました。
        転職そのものをまだ決めていない段階でお話しくださったこと、とてもありがたく感じております。

        選考のご案内ではなく、もしよろしければ、今後のキャリアについて気軽にお話しする時間をご用意できればと思っています。
        オンラインで30分ほどでも、お食事をご一緒しながらでも、{name}様のお好きな形で構いません。

        ご興味があれば「話してみたい」と一言ご返信いただくだけで大丈夫です。

        --
        ミライワークス
        """;

    public static string StatusCheckJa(string name) => $"""
        {name} 様

        先日はカジュアル面談にお時間をいただき、ありがとうございました。
        その後、いかがお過ごしでしょうか。

        選考に進まれるかどうか、ご検討の状況を伺えればと思いご連絡いたしました。
        まだ迷っている、ということでももちろん構いません。

        --
        ミライワークス
        """;

    public static string VoiceJa(string name) => $"""
        {name} 様

        本日はお忙しいなか、ミライワークスのカジュアル面談にお時間をいただき、誠にありがとうございました。
        面談で感じたことを、担当の山根 健から音声でお伝えしたく、メッセージを録音しました。

        ▶ 音声フィードバック
        https://media.mirai-works.example.jp/voice/7f3a9c

        そのうえで、ひとつだけ率直に伺わせてください。
        選考（面接）に進んでみたいと思われますか？

        --
        ミライワークス
        """;

    public static string ConsideringEn(string name) => $"""
        Dear {name},

        Thank you for taking the time to talk with us at Mirai Works today.
        We wanted to share honestly what we took away from our conversation.

        What stood out:
        - The way you explained the migration you led, step by step

        Where you could be even stronger (useful in any company's interviews, not just ours):
        - Putting a number on the impact of your work

        And one plain question: would you like to proceed to an interview?

        Any answer is welcome: "yes", "I need a little more time", or "I'm unsure about this part".
        Just reply to this email and Ken Yamane will read it.

        --
        Mirai Works
        If you would rather not hear from us again, unsubscribe here (one click):
        {OptOut}b7n2k5x9q3m8v4c6d2f7h3j9l5p2s8w4y6a3c9e5g2i8k4m7
        """;

    public static string UndecidedEn(string name) => $"""
        Dear {name},

        Thank you for talking with us at Mirai Works today, especially at a point where you have not decided whether to change jobs at all.

        This is not an invitation to our selection process. If you like, we would be glad to make time for a relaxed conversation about your career: thirty minutes online, or over coffee or a meal, whichever you prefer.

        If that sounds good, a one-line reply is all it takes.

        --
        Mirai Works
        """;

    public static string AskAvailabilityEn(string name) => $"""
        Dear {name},

        Thank you for talking with us at Mirai Works today, and for telling us you would like to go on to the next step.

        Could you let us know a few times that would suit you for the interview next week?

        --
        Mirai Works
        """;

    /// <summary>Each line behind "&gt; "; an empty line as <paramref name="emptyLine"/> (mailers differ: "&gt;" or "&gt; ").</summary>
    public static string Quote(string text, string emptyLine = ">") =>
        string.Join("\n", text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Length == 0 ? emptyLine : "> " + l));
}
