namespace FollowUp.Api.Inbound.Mail;

/// <summary>The payload's own names for the fields an error can be about, so a problem names what the sender sent.</summary>
internal sealed record InboundFieldNames(string From, string To, string Text)
{
    public static InboundFieldNames Mime { get; } = new("From", "To", "$");

    public InboundFieldNames Within(string field) => new($"{field}.{From}", $"{field}.{To}", field);
}
