using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;

namespace FollowUp.Email;

/// <summary>
/// MimeKit resolves charsets once, when it first encodes or decodes anything, and keeps the answer.
/// This library uses MimeKit for every outgoing email, often before the first Japanese reply is
/// read; registering the code pages only where replies are read would then be too late, and
/// ISO-2022-JP, Shift_JIS and EUC-JP replies would decode as garbage for the life of the process.
/// So both this library and the inbound readers register them when their assembly loads. Idempotent.
/// </summary>
internal static class CodePages
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "Must run before MimeKit's first charset lookup, which any code of this library may trigger; see the summary.")]
    internal static void Register() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
