using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using FollowUp.Email.Dispatch;
using FollowUp.Email.Rendering.Model;
using FollowUp.Orchestrations.Emails;
using Fluid;
using Fluid.Values;

namespace FollowUp.Email.Rendering;

/// <summary>
/// Renders an email kind with Fluid (Liquid). A merge field the model does not have is an error, because a blank where a date or a name should be reads worse than a retry.
/// The HTML part escapes every merge value; the body is then wrapped in the locale's layout, which
/// also carries the footer (and the opt-out link of candidate emails).
/// </summary>
public sealed class TemplateRenderer(TemplateSource source)
{
    private const string BodyVariable = "body";

    private static readonly FluidParser Parser = new();

    // Escapes what HTML needs escaped and nothing more: Japanese stays readable in the source.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly HashSet<string> KnownMembers = ModelMembers.SnakeCaseNames();

    private static readonly TemplateOptions Options = CreateOptions();

    private readonly ConcurrentDictionary<string, IFluidTemplate> _parsed = new(StringComparer.Ordinal);

    public Task<RenderedContent> RenderAsync(EmailKind kind, string locale, EmailModel model) =>
        RenderAsync(kind.ToString(), locale, model);

    /// <summary>Renders the templates called <paramref name="name"/> (an email kind, or the re-contact digest) with any model of this namespace.</summary>
    public async Task<RenderedContent> RenderAsync(string name, string locale, object model)
    {
        ArgumentNullException.ThrowIfNull(model);

        var subject = await RenderAsync(locale, name, TemplatePart.Subject, model, NullEncoder.Default, null).ConfigureAwait(false);
        var htmlBody = await RenderAsync(locale, name, TemplatePart.Html, model, Html, null).ConfigureAwait(false);
        var textBody = await RenderAsync(locale, name, TemplatePart.Text, model, NullEncoder.Default, null).ConfigureAwait(false);

        var html = await RenderAsync(locale, TemplateSource.LayoutName, TemplatePart.Html, model, Html, htmlBody).ConfigureAwait(false);
        var text = await RenderAsync(locale, TemplateSource.LayoutName, TemplatePart.Text, model, NullEncoder.Default, textBody).ConfigureAwait(false);

        subject = HeaderText.SingleLine(subject);
        if (subject.Length == 0 || text.Trim().Length == 0)
        {
            throw new TemplateRenderException($"{locale}/{name} rendered an empty subject or body.");
        }

        return new RenderedContent(subject, html, NormalizeText(text));
    }

    private async Task<string> RenderAsync(string locale, string name, TemplatePart part, object model, TextEncoder encoder, string? body)
    {
        var found = source.Find(locale, name, part)
            ?? throw new TemplateRenderException($"No template {TemplateSource.FileName(locale, name, part)}.");

        var template = _parsed.GetOrAdd(found.Origin + "\0" + found.Text, _ =>
            Parser.TryParse(found.Text, out var parsed, out var error)
                ? parsed
                : throw new TemplateRenderException($"{found.Origin} has a syntax error: {error}"));

        var context = new TemplateContext(model, Options);
        if (body is not null)
        {
            // Already rendered and escaped: the layout must not escape it a second time.
            context.SetValue(BodyVariable, new StringValue(body, encode: false));
        }

        try
        {
            return await template.RenderAsync(context, encoder).ConfigureAwait(false);
        }
        catch (TemplateRenderException e)
        {
            throw new TemplateRenderException($"{found.Origin}: {e.Message}", e);
        }
        catch (FluidException e)
        {
            throw new TemplateRenderException($"{found.Origin}: {e.Message}", e);
        }
    }

    /// <summary>Collapses the blank lines Liquid tags leave behind, so the plain-text part reads as written.</summary>
    private static string NormalizeText(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd());
        var result = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length == 0 && (result.Count == 0 || result[^1].Length == 0))
            {
                continue;
            }

            result.Add(line);
        }

        return string.Join("\n", result).Trim() + "\n";
    }

    private static TemplateOptions CreateOptions()
    {
        // Fluid's StrictVariables also rejects a member whose value is null (an owner email's
        // opt_out_url), so the check is ours: a name no model type declares is an error, a declared
        // member that is null is simply nil and templates test it with {% if %}.
        var options = new TemplateOptions
        {
            MemberAccessStrategy = new UnsafeMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
            Undefined = name => KnownMembers.Contains(name)
                ? ValueTask.FromResult<FluidValue>(NilValue.Instance)
                : throw new TemplateRenderException($"Unknown merge field '{name}'."),
        };
        return options;
    }
}
