namespace FollowUp.Api.Routing;

/// <summary>
/// Who may call a route in Azure. Locally every route is open on loopback. README.md ("HTTP API")
/// and openapi.json show the same roles per route; a test holds the table, the triggers and the
/// document to each other.
/// </summary>
public enum RouteAccess
{
    /// <summary>Anyone: candidates' links, the webhooks that check their sender themselves, health probes.</summary>
    Anonymous,

    /// <summary>
    /// Interviewers: the form and reporting. The host checks the function key (<c>?code=</c> or
    /// <c>x-functions-key</c>); the Bicep creates the host key named <c>interviewer</c> for it.
    /// </summary>
    Interviewer,

    /// <summary>
    /// Administrators: reading statuses, cancelling, retrying, erasing. Entra ID through App Service
    /// authentication: the caller's token must carry the app role <c>FollowUp.Admin</c>, which the
    /// Functions app checks in the principal App Service forwards. No function key opens these routes.
    /// </summary>
    Admin,

    /// <summary>A mail relay that cannot sign (the Logic App): the function key <c>inbound</c> of that one function replaces the signature.</summary>
    InboundKey,
}
