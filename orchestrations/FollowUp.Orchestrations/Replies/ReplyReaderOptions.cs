using FollowUp.Orchestrations.Policy;

namespace FollowUp.Orchestrations.Replies;

/// <summary>
/// <c>FollowUp:Replies:Model</c>: the chat model that may read replies before the rules do. All empty
/// (the default) means the rules alone read replies; the key is optional because a managed identity
/// may stand in for it. The host that wires an <c>IChatClient</c> reads these; nothing here calls out.
/// </summary>
public sealed class ReplyReaderOptions
{
    public const string SectionName = "FollowUp:Replies:Model";

    /// <summary>The model service's base address, e.g. an Azure OpenAI resource.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The deployment name (Azure OpenAI); <see cref="Model"/> is the same thing elsewhere, give one.</summary>
    public string? Deployment { get; set; }

    public string? Model { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>ISO 8601 (<c>PT10S</c>): the owner is told of a reply at once, so a slow model is not waited for.</summary>
    public string Timeout { get; set; } = "PT10S";

    /// <summary>The model or deployment to ask for; null when neither is given.</summary>
    public string? ModelId => !string.IsNullOrWhiteSpace(Deployment) ? Deployment.Trim() : !string.IsNullOrWhiteSpace(Model) ? Model.Trim() : null;

    /// <summary>Whether a model is to be asked at all.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint) && ModelId is not null;

    /// <summary>How long to wait for the model; call only on options that passed validation.</summary>
    public TimeSpan TimeoutSpan => IsoDuration.Parse(Timeout).Time;
}
