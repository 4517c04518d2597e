using System.Net.Mail;

namespace FollowUp.Orchestrations.Operations.Inbound;

/// <summary>
/// Tells machine-written mail (out-of-office answers, bounces) from a person's reply, so an
/// auto-reply never stops the nudges or reaches the owner as "the candidate answered". Headers
/// decide first (RFC 3834, and the de-facto ones Exchange and others set); subjects are the fallback,
/// matched conservatively because misreading a real reply as automatic loses it.
/// </summary>
public static class AutomaticMail
{
    private static readonly string[] BounceSenders = ["mailer-daemon", "postmaster"];

    private static readonly string[] AutoPrecedence = ["bulk", "junk", "auto_reply", "list"];

    private static readonly string[] AutoReplySubjectAnywhere = ["自動返信", "自動応答", "不在通知", "不在のお知らせ", "Automatic reply", "Autoreply", "Auto-reply", "Auto reply"];

    private static readonly string[] AutoReplySubjectStart = ["Out of Office", "Out of the Office", "Auto:", "Auto Response", "不在"];

    private static readonly string[] BounceSubjectAnywhere = ["Delivery Status Notification", "Undeliverable", "Undelivered Mail", "Mail delivery failed", "Returned mail", "配信不能", "配信エラー"];

    /// <summary><see cref="InboundIgnoreReasons.Bounce"/>, <see cref="InboundIgnoreReasons.AutoReply"/>, or null for a person's mail.</summary>
    public static string? Classify(InboundEmail email)
    {
        ArgumentNullException.ThrowIfNull(email);
        if (IsBounce(email))
        {
            return InboundIgnoreReasons.Bounce;
        }

        return IsAutoReply(email) ? InboundIgnoreReasons.AutoReply : null;
    }

    private static bool IsBounce(InboundEmail email)
    {
        var sender = SenderLocalPart(email.From);
        if (BounceSenders.Any(s => string.Equals(s, sender, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        // A delivery report has the null reverse-path and the multipart/report type (RFC 3464).
        var headers = email.Headers;
        if (headers.First("Return-Path") is "<>"
            || headers.First("Content-Type")?.Contains("multipart/report", StringComparison.OrdinalIgnoreCase) == true)
        {
            return true;
        }

        return BounceSubjectAnywhere.Any(s => email.Subject.Contains(s, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsAutoReply(InboundEmail email)
    {
        var headers = email.Headers;
        if (headers.First("Auto-Submitted") is { } submitted && !string.Equals(submitted, "no", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (headers.Contains("X-Autoreply") || headers.Contains("X-Autorespond"))
        {
            return true;
        }

        if (headers.First("Precedence") is { } precedence && AutoPrecedence.Any(p => string.Equals(p, precedence, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var subject = SubjectWithoutBrackets(email.Subject);
        return AutoReplySubjectAnywhere.Any(s => email.Subject.Contains(s, StringComparison.OrdinalIgnoreCase))
            || AutoReplySubjectStart.Any(s => subject.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    // Japanese mailers often bracket the marker: 【不在】, [不在], (自動返信).
    private static string SubjectWithoutBrackets(string subject) => subject.TrimStart(' ', '　', '[', '【', '(', '（', '<', '〈');

    private static string SenderLocalPart(string from) =>
        MailAddress.TryCreate(from, out var address) ? address.User : from.Split('@')[0].Trim('<', ' ', '"');
}
