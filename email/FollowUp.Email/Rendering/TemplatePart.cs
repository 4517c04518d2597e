namespace FollowUp.Email.Rendering;

/// <summary>The files of one email kind in one language: <c>{locale}/{Kind}.{part}.liquid</c>.</summary>
public enum TemplatePart
{
    Subject,
    Html,
    Text,
}
