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
        var now = clock.GetUtcNow();
        if (File.Exists(path))
        {
            return new EmailReceipt(email.MessageKey, TransportName, fileName, File.GetLastWriteTimeUtc(path), WasDuplicate: true);
        }

        // Written under a dot-name first and moved into place without overwrite: a reader of the
        // outbox never sees half a message, and a crash mid-write leaves only a temp file behind.
        var temporary = Path.Combine(_directory, $".{fileName}.{Guid.NewGuid():N}{TemporaryExtension}");
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
        catch (IOException) when (File.Exists(path))
        {
            // A concurrent dispatch of the same key won the race: it is the one message.
            return new EmailReceipt(email.MessageKey, TransportName, fileName, now, WasDuplicate: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return new EmailReceipt(email.MessageKey, TransportName, fileName, now);
    }
}
