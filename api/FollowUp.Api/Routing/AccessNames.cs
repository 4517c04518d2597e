namespace FollowUp.Api.Routing;

/// <summary>
/// The names of the credentials each <see cref="RouteAccess"/> role uses in Azure, as the Bicep
/// creates them and the README hands them out; a test holds the Bicep to these.
/// </summary>
public static class AccessNames
{
    /// <summary>The Entra app role that opens <see cref="RouteAccess.Admin"/> routes.</summary>
    public const string AdminRole = "FollowUp.Admin";

    /// <summary>The function key of the <see cref="RouteAccess.Interviewer"/> routes.</summary>
    public const string InterviewerKey = "interviewer";

    /// <summary>The function key of the <see cref="RouteAccess.InboundKey"/> route.</summary>
    public const string InboundKey = "inbound";
}
