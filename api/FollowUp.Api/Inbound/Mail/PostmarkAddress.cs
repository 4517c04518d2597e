namespace FollowUp.Api.Inbound.Mail;

/// <summary>An entry of Postmark's <c>FromFull</c>, <c>ToFull</c>, <c>CcFull</c>.</summary>
public sealed record PostmarkAddress(string? Email, string? Name, string? MailboxHash);
