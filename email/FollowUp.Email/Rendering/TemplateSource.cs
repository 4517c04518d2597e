using System.Collections.Concurrent;
using System.Globalization;
using FollowUp.Email.Configuration;
using Microsoft.Extensions.Options;

namespace FollowUp.Email.Rendering;

/// <summary>
/// Finds template text: a file in <c>FollowUp:Email:TemplateDirectory</c> wins over the embedded
/// default, one file at a time, so a recruiting team can reword a single email without a rebuild.
/// Override files are read on every render, so an edit applies to the next email without a restart.
/// </summary>
public sealed class TemplateSource(IOptions<EmailOptions> options)
{
    internal const string LayoutName = "_layout";
    private const string Extension = ".liquid";
    private const string ResourcePrefix = "FollowUp.Email.Templates.";

    private static readonly ConcurrentDictionary<string, string?> Embedded = new(StringComparer.Ordinal);

    private readonly string? _overrideDirectory = string.IsNullOrWhiteSpace(options.Value.TemplateDirectory)
        ? null
        : options.Value.TemplateDirectory;

    /// <summary>The relative file name, also the name an override file must have.</summary>
    public static string FileName(string locale, string name, TemplatePart part) =>
        $"{locale}/{name}.{part.ToString().ToLowerInvariant()}{Extension}";

    /// <summary>The text and where it came from (for error messages), or null when neither source has it.</summary>
    public (string Text, string Origin)? Find(string locale, string name, TemplatePart part)
    {
        var file = FileName(locale, name, part);
        if (_overrideDirectory is not null)
        {
            var path = Path.Combine(_overrideDirectory, locale, Path.GetFileName(file));
            if (File.Exists(path))
            {
                return (File.ReadAllText(path), path);
            }
        }

        var text = Embedded.GetOrAdd(file, ReadEmbedded);
        return text is null ? null : (text, string.Create(CultureInfo.InvariantCulture, $"embedded {file}"));
    }

    private static string? ReadEmbedded(string file)
    {
        using var stream = typeof(TemplateSource).Assembly.GetManifestResourceStream(ResourcePrefix + file);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
