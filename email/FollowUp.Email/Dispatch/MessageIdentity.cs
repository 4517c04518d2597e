using System.Security.Cryptography;
using System.Text;

namespace FollowUp.Email.Dispatch;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 5) from message keys: the same key gives the same ACS
/// Operation-Id, SMTP Message-ID and file name on every retry, in every process.
/// </summary>
public static class MessageIdentity
{
    // Fixed namespace for FollowUp message keys; changing it would re-send nothing but would break
    // duplicate detection for emails in flight during the deployment.
    private static readonly Guid Namespace = new("5d0c7c1e-4f5b-4f0e-9a57-2f8f0b8e4a11");

    public static Guid For(string messageKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageKey);
        var name = Encoding.UTF8.GetBytes(messageKey);
        var data = new byte[16 + name.Length];
        Namespace.TryWriteBytes(data, bigEndian: true, out _);
        name.CopyTo(data, 16);

#pragma warning disable CA5350 // RFC 9562 defines version 5 with SHA-1; it names, it does not protect.
        var hash = SHA1.HashData(data);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
