namespace FollowUp.Orchestrations.Operations.Inbound;

/// <summary>The subject as the owner is shown it, whichever way the email arrived (JSON, raw MIME, a provider's form).</summary>
public static class InboundSubject
{
    /// <summary>Folded header lines and stray control characters out; the subject is shown on one line.</summary>
    public static string OneLine(string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var flat = string.Join(' ', subject.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim();
        flat = new string(flat.Where(c => !char.IsControl(c)).ToArray());
        return flat.Length <= InboundEmailLimits.MaxSubjectLength ? flat : flat[..InboundEmailLimits.MaxSubjectLength];
    }
}
