namespace FollowUp.Api.Routing;

/// <summary>Who may call a route in Azure. Locally every route is open on loopback.</summary>
public enum RouteAccess
{
    /// <summary>Anyone: candidates' links, the signed webhook, health probes. The route checks what it needs itself.</summary>
    Anonymous,

    /// <summary>Behind a function key (<c>?code=</c> or <c>x-functions-key</c>).</summary>
    FunctionKey,
}
