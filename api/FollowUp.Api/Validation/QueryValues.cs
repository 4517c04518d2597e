using System.Globalization;
using FollowUp.Api.Routing;
using FollowUp.Orchestrations.Cases;
using FollowUp.Orchestrations.Operations.Erasure;

namespace FollowUp.Api.Validation;

/// <summary>
/// Reads a list route's query string: each value that does not parse becomes a field error under the
/// parameter's name (a 400 with every bad value at once), and an absent or empty one reads as null.
/// </summary>
public sealed class QueryValues(RouteCall call, FieldErrors errors)
{
    public const int MaxTextLength = 200;

    public FieldErrors Errors => errors;

    public string? Text(string name, int maxLength = MaxTextLength)
    {
        var value = Raw(name);
        if (value is not null && value.Length > maxLength)
        {
            errors.Add(name, $"At most {maxLength} characters.");
            return null;
        }

        return value;
    }

    public string? Email(string name)
    {
        var value = Text(name);
        if (value is not null && !CandidateAddress.IsValid(value))
        {
            errors.Add(name, "Not an email address.");
            return null;
        }

        return value;
    }

    /// <summary>ISO 8601: a date (midnight UTC) or a time with an offset.</summary>
    public DateTimeOffset? Instant(string name)
    {
        var value = Raw(name);
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        if (DateTimeOffset.TryParseExact(value, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            && (value.EndsWith('Z') || value.Contains('+', StringComparison.Ordinal) || value.LastIndexOf('-') > 9))
        {
            return instant;
        }

        errors.Add(name, "A date (2026-11-25) or a time with an offset (2026-11-25T15:00:00+09:00).");
        return null;
    }

    public bool? Flag(string name)
    {
        var value = Raw(name);
        switch (value)
        {
            case null:
                return null;
            case "true":
                return true;
            case "false":
                return false;
            default:
                errors.Add(name, "true or false.");
                return null;
        }
    }

    /// <summary>One of the enum's names, any case (numbers are not names).</summary>
    public TEnum? Choice<TEnum>(string name)
        where TEnum : struct, Enum
    {
        var value = Raw(name);
        if (value is null)
        {
            return null;
        }

        if (!char.IsDigit(value[0]) && value[0] != '-' && Enum.TryParse<TEnum>(value, ignoreCase: true, out var choice) && Enum.IsDefined(choice))
        {
            return choice;
        }

        errors.Add(name, "One of: " + string.Join(", ", Enum.GetNames<TEnum>()) + ".");
        return null;
    }

    public int PageSize()
    {
        const string name = "pageSize";
        var value = Raw(name);
        if (value is null)
        {
            return CaseListing.DefaultPageSize;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size is >= 1 and <= CaseListing.MaxPageSize)
        {
            return size;
        }

        errors.Add(name, $"A whole number from 1 to {CaseListing.MaxPageSize}.");
        return CaseListing.DefaultPageSize;
    }

    public string? Continuation()
    {
        const string name = "continuation";
        var value = Raw(name);
        if (value is not null && !ContinuationTokens.TryUnwrap(value, out _))
        {
            errors.Add(name, "Not a continuation token of this list: pass the one the previous page returned.");
            return null;
        }

        return value;
    }

    /// <summary>A range must not end before it starts.</summary>
    public void Range(string fromName, DateTimeOffset? from, string toName, DateTimeOffset? to)
    {
        if (from is not null && to is not null && to <= from)
        {
            errors.Add(toName, $"Must be after {fromName}.");
        }
    }

    private string? Raw(string name) => call.Query(name) is { Length: > 0 } value ? value : null;
}
