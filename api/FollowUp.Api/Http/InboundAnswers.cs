using FollowUp.Api.Validation;
using FollowUp.Orchestrations.Operations.Inbound;

namespace FollowUp.Api.Http;

/// <summary>The inbound routes' answers, the same for every path a reply arrives by.</summary>
public static class InboundAnswers
{
    /// <summary>The realm of the basic challenge SendGrid's and Postmark's routes answer a refused post with.</summary>
    public const string BasicRealm = "FollowUp inbound email";

    /// <summary>Ignored mail is still a delivery the provider must not repeat: 200, not 4xx.</summary>
    public static ApiAnswer ForOutcome(InboundOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.IsInProgress)
        {
            // Any non-2xx makes a provider deliver again later; by then the first delivery has either
            // been handled (200 duplicate) or failed and is taken over.
            return ApiAnswer.Problem(409, "The same message is being handled.", "Another delivery of this message is in progress; try again later.")
                with { Headers = new Dictionary<string, string> { ["Retry-After"] = "60" } };
        }

        return ApiAnswer.Ok(outcome, outcome.IsMatched ? 202 : 200);
    }

    public static ApiAnswer Invalid(FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return ApiAnswer.Problem(400, "The inbound email has invalid fields.", errors: errors.ToDictionary());
    }

    /// <summary>A signature or token that does not prove the post came from the configured sender.</summary>
    public static ApiAnswer Unauthorized(string detail) =>
        ApiAnswer.Problem(401, "The inbound email is not signed by the configured webhook.", detail);

    /// <summary>Missing or wrong basic credentials, with the challenge RFC 9110 asks a 401 to carry.</summary>
    public static ApiAnswer BasicUnauthorized(string provider) =>
        ApiAnswer.Problem(401, "The inbound email does not carry the configured credentials.", $"Put the user name and password of the {provider} settings in the webhook URL (https://user:password@host/…).") with
        {
            Headers = new Dictionary<string, string> { ["WWW-Authenticate"] = $"Basic realm=\"{BasicRealm}\", charset=\"UTF-8\"" },
        };

    /// <summary>A provider route whose settings are unset: it does not exist until they are.</summary>
    public static ApiAnswer NotEnabled(string provider, params string[] settings) =>
        ApiAnswer.Problem(404, "This inbound route is not enabled.", $"Set {string.Join(" and ", settings)} to receive {provider}'s posts here.");

    public static ApiAnswer UnsupportedMediaType(string expected) =>
        ApiAnswer.Problem(415, "Unsupported content type.", $"Post {expected}.");
}
