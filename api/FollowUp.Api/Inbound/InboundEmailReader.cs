using System.Text.Json;
using System.Text.Json.Serialization;
using FollowUp.Api.Http;
using FollowUp.Api.Validation;
using FollowUp.Orchestrations.Operations.Inbound;

namespace FollowUp.Api.Inbound;

/// <summary>Reads and checks the body of <c>POST /api/inbound-email</c>, every problem at once.</summary>
public static class InboundEmailReader
{
    // Unlike the report, extra members are skipped: a mail relay adds fields (html, cc, attachments…)
    // that we do not use, and refusing them would drop the candidate's reply.
    private static readonly JsonSerializerOptions Lenient = CreateLenient();

    public static InboundEmail? Read(ReadOnlySpan<byte> body, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (body.IsEmpty || !IsWellFormed(body))
        {
            errors.Add("$", "The body is not valid JSON.");
            return null;
        }

        InboundEmailRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<InboundEmailRequest>(body, Lenient);
        }
        catch (JsonException failure)
        {
            errors.Add(failure.Path is null or "$" ? "$" : failure.Path.TrimStart('$', '.'), "Has the wrong type (text fields are strings, to is an array of strings).");
            return null;
        }

        if (request is null)
        {
            errors.Add("$", "The body must be a JSON object.");
            return null;
        }

        var messageId = Required(request.MessageId, "messageId", errors);
        if (messageId is { Length: > InboundEmailLimits.MaxMessageIdLength })
        {
            errors.Add("messageId", $"At most {InboundEmailLimits.MaxMessageIdLength} characters.");
        }

        var from = Required(request.From, "from", errors);
        var to = Recipients(request.To, errors);
        if (request.Subject is null)
        {
            errors.Add("subject", "Required (may be empty).");
        }

        if (request.Text is null)
        {
            errors.Add("text", "Required: the plain-text body (may be empty).");
        }

        if (!errors.IsEmpty)
        {
            return null;
        }

        return new InboundEmail(messageId!, from!, to, InboundSubject.OneLine(request.Subject!), request.Text!, InboundHeaders.From(request.Headers));
    }

    // Syntax first, so broken JSON is reported as such rather than at whichever field it broke in.
    private static bool IsWellFormed(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? Required(string? value, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "Required.");
            return null;
        }

        return value.Trim();
    }

    private static List<string> Recipients(IReadOnlyList<string?>? to, FieldErrors errors)
    {
        if (to is null || to.Count == 0)
        {
            errors.Add("to", "Required: at least one recipient address.");
            return [];
        }

        if (to.Count > InboundEmailLimits.MaxRecipients)
        {
            errors.Add("to", $"At most {InboundEmailLimits.MaxRecipients} recipients.");
            return [];
        }

        var result = new List<string>();
        for (var i = 0; i < to.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(to[i]))
            {
                errors.Add($"to[{i}]", "Must not be empty.");
            }
            else
            {
                result.Add(to[i]!.Trim());
            }
        }

        return result;
    }

    private static JsonSerializerOptions CreateLenient()
    {
        var options = new JsonSerializerOptions(FollowUpJson.Options) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
