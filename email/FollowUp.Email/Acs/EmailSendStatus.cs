namespace FollowUp.Email.Acs;

/// <summary>Mirrors the SDK's extensible enum: the service may add values, so it is a string, not an enum.</summary>
public readonly record struct EmailSendStatus(string Value)
{
    public static EmailSendStatus NotStarted { get; } = new("NotStarted");

    public static EmailSendStatus Running { get; } = new("Running");

    public static EmailSendStatus Succeeded { get; } = new("Succeeded");

    public static EmailSendStatus Failed { get; } = new("Failed");

    public static EmailSendStatus Canceled { get; } = new("Canceled");

    public bool IsTerminal => this == Succeeded || this == Failed || this == Canceled;

    public override string ToString() => Value;
}
