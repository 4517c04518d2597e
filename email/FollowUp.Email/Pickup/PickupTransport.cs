using System.Globalization;
using System.Text;
using FollowUp.Email.Configuration;
using FollowUp.Email.Dispatch;
using FollowUp.Orchestrations.Emails;
using Microsoft.Extensions.Options;

namespace FollowUp.Email.Pickup;

/// <summary>
/// Writes each email as an RFC 5322 <c>.eml</c> file into a folder: the local default, readable with
/// any mail client. The file name is the message key, so the file itself is the idempotency record:
/// a second dispatch of the same key finds it and writes nothing.
/// </summary>
internal sealed class PickupTransport(IOptions<EmailOptions> options, TimeProvider clock) : IEmailTransport
{
    public const string TransportName = "Pickup";
    private const string Extension = ".eml";
    private const string TemporaryExtension = ".tmp";
    private const string ClaimExtension = ".claim";

    // Writing one message takes milliseconds; a claim this old belongs to a writer that died.
    private static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan ClaimWait = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan ClaimPoll = TimeSpan.FromMilliseconds(20);

    private readonly string _directory = Path.GetFullPath(options.Value.PickupDirectory);

    public string Name => TransportName;

    /// <summary>
    /// Keeps the key's characters that are safe in file names on every OS and encodes the rest, so
    /// two keys never share a file: '/' (the key's separator, never in an interview id) becomes '.'.
    /// </summary>
    public static string FileNameFor(string messageKey)
    {
        var name = new StringBuilder(messageKey.Length + Extension.Length);
        foreach (var c in messageKey)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            {
                name.Append(c);
            }
            else if (c == '/')
            {
                name.Append('.');
            }
            else
            {
                foreach (var b in Encoding.UTF8.GetBytes(c.ToString()))
                {
                    name.Append(CultureInfo.InvariantCulture, $"~{b:X2}");
                }
            }
        }

        return name.Append(Extension).ToString();
    }

    public async Task<EmailReceipt> SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        Directory.CreateDirectory(_directory);

        var fileName = FileNameFor(email.MessageKey);
        var path = Path.Combine(_directory, fileName);
        if (File.Exists(path))
        {
            return Duplicate(email, fileName, path);
        }

        // One writer per key. A move that must not overwrite is a check and a rename on Linux, so two
        // writers can both "win" it; an exclusive create of a claim file cannot be won twice.
        var claim = Path.Combine(_directory, $".{fileName}{ClaimExtension}");
        if (!await ClaimAsync(claim, path, cancellationToken).ConfigureAwait(false))
        {
            return Duplicate(email, fileName, path);
        }

        // Written under a dot-name first and moved into place: a reader of the outbox never sees half
        // a message, and a crash mid-write leaves only a temp file and a claim that goes stale.
        var temporary = Path.Combine(_directory, $".{fileName}.{Guid.NewGuid():N}{TemporaryExtension}");
        var now = clock.GetUtcNow();
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                var message = MimeMessageFactory.Create(email, now);
                await message.WriteToAsync(stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, path, overwrite: false);
        }
        finally
        {
            File.Delete(temporary);
            File.Delete(claim);
        }

        return new EmailReceipt(email.MessageKey, TransportName, fileName, now);
    }

    private static EmailReceipt Duplicate(OutgoingEmail email, string fileName, string path) =>
        new(email.MessageKey, TransportName, fileName, File.GetLastWriteTimeUtc(path), WasDuplicate: true);

    /// <summary>
    /// True when this dispatch owns the key. False when another one finished it meanwhile. A claim
    /// left by a crashed writer is taken over once stale; one still being written is waited for.
    /// </summary>
    private async Task<bool> ClaimAsync(string claim, string path, CancellationToken cancellationToken)
    {
        var waited = TimeSpan.Zero;
        while (true)
        {
            try
            {
                await using (new FileStream(claim, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                }

                // The previous owner may have finished between our first look and our claim.
                if (File.Exists(path))
                {
                    File.Delete(claim);
                    return false;
                }

                return true;
            }
            catch (IOException) when (File.Exists(claim) || File.Exists(path))
            {
                if (File.Exists(path))
                {
                    return false;
                }

                if (clock.GetUtcNow() - File.GetLastWriteTimeUtc(claim) > StaleClaim)
                {
                    File.Delete(claim);
                    continue;
                }

                if (waited >= ClaimWait)
                {
                    throw new IOException($"{Path.GetFileName(path)} is being written by another dispatch; try again shortly.");
                }

                await Task.Delay(ClaimPoll, cancellationToken).ConfigureAwait(false);
                waited += ClaimPoll;
            }
        }
    }
}
