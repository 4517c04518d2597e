using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;

namespace FollowUp.Email.Rendering;

/// <summary>How an owner email names a stuck step ("sending the thank-you with feedback"), in the owner's language.</summary>
internal static class StepNames
{
    private static readonly Dictionary<string, (string Ja, string En)> Names = new(StringComparer.Ordinal)
    {
        ["RecordInterview"] = ("面談記録の保存", "saving the interview report"),
        ["UpdateTalentPool"] = ("タレントプールへの登録", "updating the talent pool"),
        ["WriteRetrospective"] = ("振り返りの作成", "writing the retrospective"),
    };

    public static string For(string step, EmailKind? email, string locale)
    {
        var english = locale == Locales.English;
        if (email is { } kind)
        {
            var name = EmailKindNames.For(kind, locale);
            return english ? $"sending the {name}" : $"「{name}」の送信";
        }

        return Names.TryGetValue(step, out var known) ? (english ? known.En : known.Ja) : step;
    }
}
