namespace FollowUp.Orchestrations.Emails;

/// <summary>
/// A permanent delivery failure (bad address, dropped by the provider, rejected content). Retrying
/// cannot help, so the orchestration tells the owner instead.
/// </summary>
public sealed class EmailDeliveryException : Exception
{
    public EmailDeliveryException()
    {
    }

    public EmailDeliveryException(string message)
        : base(message)
    {
    }

    public EmailDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
