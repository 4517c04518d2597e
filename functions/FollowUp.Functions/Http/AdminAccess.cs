using System.Text;
using System.Text.Json;
using FollowUp.Api.Http;
using FollowUp.Api.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace FollowUp.Functions.Http;

/// <summary>
/// The gate of the admin routes in Azure: App Service authentication (Entra ID) validates the caller's
/// token and forwards its claims in <c>X-MS-CLIENT-PRINCIPAL</c>; the caller must hold the app role
/// <see cref="Role"/>. App Service sets that header itself and drops any a client sends, but only
/// while authentication is on: with it off the header is the client's word, so every admin route
/// is refused (fail closed) rather than trusted.
/// </summary>
public sealed class AdminAccess(IConfiguration configuration)
{
    /// <summary>The app role of the Entra app registration that opens the admin routes.</summary>
    public const string Role = AccessNames.AdminRole;

    /// <summary>Set to <c>True</c> by App Service while its authentication is on.</summary>
    public const string PlatformAuthenticationSetting = "WEBSITE_AUTH_ENABLED";

    public const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";

    // Entra ID puts app roles in "roles"; App Service names the role claim type in role_typ.
    private const string RolesClaim = "roles";

    private bool PlatformAuthentication =>
        string.Equals(configuration[PlatformAuthenticationSetting], bool.TrueString, StringComparison.OrdinalIgnoreCase);

    /// <summary>Null when the request may go on; otherwise the problem to answer with.</summary>
    public ApiAnswer? Refusal(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!PlatformAuthentication)
        {
            return ApiAnswer.Problem(StatusCodes.Status403Forbidden, "Admin routes are closed", "App Service authentication (Entra ID) is off for this app; see infra/bicep/README.md (\"Admin access\").");
        }

        if (!request.Headers.TryGetValue(PrincipalHeader, out var header) || string.IsNullOrWhiteSpace(header))
        {
            return ApiAnswer.Problem(StatusCodes.Status401Unauthorized, "Sign-in required", $"Send an Entra ID access token for this app whose roles include {Role}.")
                with { Headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["WWW-Authenticate"] = "Bearer" } };
        }

        return HoldsRole(header.ToString())
            ? null
            : ApiAnswer.Problem(StatusCodes.Status403Forbidden, "Admin role required", $"The signed-in principal lacks the app role {Role}.");
    }

    /// <summary>
    /// The console is opened in a browser, which cannot attach a bearer token: a visitor not yet signed
    /// in is sent through App Service's Entra sign-in and back, and the session cookie it sets then
    /// carries the page's own reads of the JSON routes.
    /// </summary>
    public static ApiAnswer SignInRedirect(string returnPath) =>
        new(StatusCodes.Status302Found, "text/plain; charset=utf-8", string.Empty, $"/.auth/login/aad?post_login_redirect_uri={Uri.EscapeDataString(returnPath)}");

    private static bool HoldsRole(string header)
    {
        try
        {
            using var principal = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(header)));
            var root = principal.RootElement;
            var roleType = root.TryGetProperty("role_typ", out var typ) && typ.ValueKind == JsonValueKind.String ? typ.GetString() : null;
            if (!root.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
            {
                return false;
            }

            foreach (var claim in claims.EnumerateArray())
            {
                if (claim.ValueKind == JsonValueKind.Object
                    && claim.TryGetProperty("typ", out var type) && type.GetString() is { } name
                    && (name == RolesClaim || name == roleType)
                    && claim.TryGetProperty("val", out var value) && value.ValueKind == JsonValueKind.String
                    && string.Equals(value.GetString(), Role, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
        catch (Exception unreadable) when (unreadable is FormatException or JsonException or InvalidOperationException)
        {
            // App Service writes this header; anything unreadable did not come from it.
            return false;
        }
    }
}
