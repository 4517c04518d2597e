using FluentValidation;
using FollowUp.Orchestrations.Operations.Erasure;
using FollowUp.Orchestrations.Interviews;

namespace FollowUp.Api.Validation;

/// <summary>The rules every free-text, address and link field of the contract shares.</summary>
public static class TextRules
{
    /// <summary>Present, at most <paramref name="maxLength"/> characters once trimmed, on one line (it goes into email headers and subjects).</summary>
    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Must(value => !string.IsNullOrWhiteSpace(value)).WithMessage("Required.")
            .Must(value => value!.Trim().Length <= maxLength).WithMessage($"At most {maxLength} characters.")
            .Must(value => !value!.Trim().Any(char.IsControl)).WithMessage("Must be a single line without control characters.");

    /// <summary>An address a mail server accepts and we can erase later: the same test as erasure's.</summary>
    public static IRuleBuilderOptions<T, string?> EmailAddress<T>(this IRuleBuilder<T, string?> rule) =>
        rule.RequiredText(ReportLimits.MaxEmailLength)
            .Must(value => CandidateAddress.IsValid(value!.Trim()))
            .WithMessage((_, value) => $"'{value!.Trim()}' is not an email address.");

    public static IRuleBuilderOptions<T, string?> HttpsUrl<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => !string.IsNullOrWhiteSpace(value)).WithMessage("Required.")
            .Must(value => IsHttpsUrl(value!)).WithMessage("Must be an https:// URL.");

    /// <summary>Optional; Japanese when absent.</summary>
    public static IRuleBuilderOptions<T, string?> Locale<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || Locales.IsSupported(value))
            .WithMessage((_, value) => $"'{value}' is not supported; use {string.Join(" or ", Locales.Supported)}.");

    /// <summary>An IANA id this machine knows; absent means <paramref name="fallback"/>, which is checked instead.</summary>
    public static IRuleBuilderOptions<T, string?> KnownTimeZone<T>(this IRuleBuilder<T, string?> rule, string? fallback = null) =>
        rule.Must(zone => Orchestrations.Policy.ZonedTime.FindZone(zone ?? fallback ?? string.Empty) is not null)
            .WithMessage((_, zone) => $"'{zone ?? fallback}' is not a known time zone; use an IANA id such as Asia/Tokyo.");

    public static bool IsHttpsUrl(string value) =>
        value.Length <= ReportLimits.MaxUrlLength
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps;
}
