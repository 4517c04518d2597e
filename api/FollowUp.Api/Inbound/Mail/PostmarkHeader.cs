namespace FollowUp.Api.Inbound.Mail;

/// <summary>An entry of Postmark's <c>Headers</c>.</summary>
public sealed record PostmarkHeader(string? Name, string? Value);
