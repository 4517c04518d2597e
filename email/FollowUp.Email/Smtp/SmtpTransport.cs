using System.Collections.Concurrent;
using FollowUp.Email.Configuration;
using FollowUp.Email.Dispatch;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Telemetry;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FollowUp.Email.Smtp;

/// <summary>
/// Sends through any SMTP server with MailKit (ACS's SMTP relay included).
/// </summary>
/// <remarks>
/// Why SMTP can still deliver twice: SMTP has no idempotency key. If the connection drops after the
/// server has taken the message (the final "." of DATA) but before its 250 reply reaches us, we
/// cannot tell "sent" from "not sent", the activity fails, and its retry sends a second copy.
/// What narrows it: the Message-ID is derived from the message key, so both copies carry the same
/// id and many mailbox providers fold them into one; a key accepted earlier in this process is never
/// sent again; a failure after acceptance (say, during QUIT) is not reported as a failure; and the
/// orchestration's timeline records the send right after it, so only a crash in that window
/// retries. Where exactly-once matters more, use the Acs transport: its Operation-Id is checked
/// before each send.
/// </remarks>
internal sealed partial class SmtpTransport(IOptions<EmailOptions> options, TimeProvider clock, ILogger<SmtpTransport> logger) : IEmailTransport
{
    public const string TransportName = "Smtp";
    private const int MaxRemembered = 10_000;

    private readonly SmtpOptions _smtp = options.Value.Smtp;
    private readonly ConcurrentDictionary<string, (string MessageId, DateTimeOffset At)> _accepted = new(StringComparer.Ordinal);

    public string Name => TransportName;

    public async Task<EmailReceipt> SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        if (_accepted.TryGetValue(email.MessageKey, out var earlier))
        {
            return new EmailReceipt(email.MessageKey, TransportName, earlier.MessageId, earlier.At, WasDuplicate: true);
        }

        var message = MimeMessageFactory.Create(email, clock.GetUtcNow());
        using var span = FollowUpTelemetry.Source.StartActivity(SpanNames.SmtpSend, System.Diagnostics.ActivityKind.Client);
        span?.SetTag("server.address", _smtp.Host);
        span?.SetTag("server.port", _smtp.Port);
        using var client = new SmtpClient { Timeout = (int)_smtp.Timeout.TotalMilliseconds };
        try
        {
            // Never Auto or StartTlsWhenAvailable: a man in the middle removes STARTTLS from the
            // server's capabilities and the client would carry on in plain text.
            var security = !_smtp.RequireTls ? SecureSocketOptions.None
                : _smtp.Port == SmtpOptions.ImplicitTlsPort ? SecureSocketOptions.SslOnConnect
                : SecureSocketOptions.StartTls;
            await client.ConnectAsync(_smtp.Host ?? throw new InvalidOperationException($"{SmtpOptions.HostKey} is not set."), _smtp.Port, security, cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(_smtp.UserName))
            {
                await client.AuthenticateAsync(_smtp.UserName, _smtp.Password ?? string.Empty, cancellationToken).ConfigureAwait(false);
            }

            await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (SmtpCommandException e) when ((int)e.StatusCode >= 500)
        {
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, e.GetType().Name);
            // 5xx is the server's final word (unknown mailbox, rejected content); 4xx may pass later.
            throw new EmailDeliveryException($"The SMTP server refused the email ({(int)e.StatusCode} {e.ErrorCode}): {e.Message}", e);
        }

        var accepted = clock.GetUtcNow();
        var messageId = message.MessageId ?? MimeMessageFactory.MessageIdFor(email);
        Remember(email.MessageKey, messageId, accepted);
        await QuitQuietlyAsync(client, cancellationToken).ConfigureAwait(false);
        return new EmailReceipt(email.MessageKey, TransportName, messageId, accepted);
    }

    private void Remember(string key, string messageId, DateTimeOffset at)
    {
        if (_accepted.Count >= MaxRemembered)
        {
            _accepted.Clear();
        }

        _accepted[key] = (messageId, at);
    }

    /// <summary>The message is already accepted: a failing QUIT must not make the activity retry and send again.</summary>
    private async Task QuitQuietlyAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or MailKit.ProtocolException or OperationCanceledException)
        {
            LogQuitFailed(e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMTP QUIT failed after the message was accepted ({Error}); the email counts as sent")]
    private partial void LogQuitFailed(string error);
}
