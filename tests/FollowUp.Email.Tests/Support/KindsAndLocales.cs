using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;

namespace FollowUp.Email.Tests.Support;

/// <summary>Theory rows: each of the given email kinds in every supported locale.</summary>
internal static class KindsAndLocales
{
    public static TheoryData<EmailKind, string> Of(IEnumerable<EmailKind> kinds)
    {
        var data = new TheoryData<EmailKind, string>();
        foreach (var kind in kinds)
        {
            foreach (var locale in Locales.Supported)
            {
                data.Add(kind, locale);
            }
        }

        return data;
    }
}
