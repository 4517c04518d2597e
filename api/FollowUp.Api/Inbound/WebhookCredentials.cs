namespace FollowUp.Api.Inbound;

/// <summary>
/// The basic credentials a provider puts in the webhook URL (<c>https://user:password@host/…</c>), bound from
/// <c>FollowUp:Inbound:SendGrid</c> or <c>FollowUp:Inbound:Postmark</c>. Both set enable the route; neither
/// leaves it answering 404; one alone stops start-up.
/// </summary>
public sealed class WebhookCredentials
{
    public string? Username { get; set; }

    public string? Password { get; set; }

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Username) && !string.IsNullOrWhiteSpace(Password);
}
