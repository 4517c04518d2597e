using FollowUp.Orchestrations.Operations.Inbound;

namespace FollowUp.Api.Inbound;

/// <summary>How much of each inbound post is read. Larger is refused with 413, by its Content-Length before any byte when it declares one.</summary>
public static class InboundRequestLimits
{
    /// <summary>Our own JSON (<c>application/json</c> on <c>POST /api/inbound-email</c>).</summary>
    public const int MaxJsonBytes = InboundEmailLimits.MaxBodyBytes;

    /// <summary>A whole received message (<c>message/rfc822</c>), attachments included; also the most one form field may hold.</summary>
    public const int MaxMessageBytes = InboundEmailLimits.MaxMimeBytes;

    /// <summary>What is kept of a provider's form: a raw message in one field and the small fields beside it.</summary>
    public const int MaxFormFieldBytes = MaxMessageBytes + (1024 * 1024);

    /// <summary>
    /// A provider's post on the wire. Mailgun (25 MB) and SendGrid (30 MB) accept larger messages than are
    /// kept, and in their parsed modes post the attachments as files, which are read past and dropped, so
    /// the post may be larger than what is kept. Kept below Kestrel's default request limit (30,000,000 bytes),
    /// so it is this limit, and its 413, that a large post meets. Postmark's JSON, attachments inline, is read whole up to it.
    /// </summary>
    public const int MaxProviderPostBytes = 25 * 1024 * 1024;
}
