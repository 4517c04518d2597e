namespace FollowUp.Orchestrations.Interviews;

public static class Locales
{
    public const string Japanese = "ja";
    public const string English = "en";

    public static IReadOnlyList<string> Supported { get; } = [Japanese, English];

    public static bool IsSupported(string? locale) => locale is Japanese or English;
}
