namespace FollowUp.Email.Configuration;

/// <summary>Bound from <c>FollowUp:Email:Acs</c>.</summary>
public sealed class AcsOptions
{
    public const string SectionName = EmailOptions.SectionName + ":Acs";
    public const string ConnectionStringKey = SectionName + ":ConnectionString";
    public const string EndpointKey = SectionName + ":Endpoint";

    /// <summary><c>endpoint=https://…;accesskey=…</c>: HMAC authentication. Takes precedence over <see cref="Endpoint"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>With no connection string: Entra ID through <c>DefaultAzureCredential</c> (managed identity in Azure).</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Client id of a user-assigned managed identity, when the app has several.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>How long one dispatch waits for ACS to report Succeeded or Failed after accepting the send.</summary>
    public TimeSpan PollBudget { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Status polling interval when ACS suggests none (it usually sends <c>retry-after</c>).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Retries of one request on 429, 5xx and network errors; the activity's own retry comes on top.</summary>
    public int MaxRetries { get; set; } = 4;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);
}
