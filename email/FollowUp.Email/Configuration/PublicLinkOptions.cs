namespace FollowUp.Email.Configuration;

/// <summary>Bound from the <c>FollowUp</c> section: the base of every link an email carries.</summary>
public sealed class PublicLinkOptions
{
    public const string SectionName = "FollowUp";
    public const string PublicBaseUrlKey = SectionName + ":PublicBaseUrl";

    public Uri PublicBaseUrl { get; set; } = new("http://localhost:7071");

    /// <summary>The base with a trailing slash, so relative links keep any path the app is hosted under.</summary>
    internal Uri BaseUri => PublicBaseUrl.AbsoluteUri.EndsWith('/') ? PublicBaseUrl : new Uri(PublicBaseUrl.AbsoluteUri + "/");
}
