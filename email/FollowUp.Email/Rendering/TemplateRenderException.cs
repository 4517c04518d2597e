namespace FollowUp.Email.Rendering;

/// <summary>
/// A template could not be rendered: a merge field it uses does not exist, its syntax is wrong, or
/// the order lacks a fact its kind needs. Retrying cannot fix any of these.
/// </summary>
public sealed class TemplateRenderException : Exception
{
    public TemplateRenderException()
    {
    }

    public TemplateRenderException(string message)
        : base(message)
    {
    }

    public TemplateRenderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
