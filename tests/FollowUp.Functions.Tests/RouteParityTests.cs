using System.Reflection;
using System.Text.Json;
using FollowUp.Api.OpenApi;
using FollowUp.Api.Routing;
using FollowUp.Functions.Http;
using FollowUp.LocalHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;

namespace FollowUp.Functions.Tests;

/// <summary>
/// The route table is the one list of routes: the Functions triggers, the local host's endpoints and
/// the OpenAPI document must each serve exactly its routes, with the same methods and access.
/// </summary>
public sealed class RouteParityTests
{
    private static readonly HashSet<string> Table = FollowUpRoutes.All.Select(r => Key(r.Method, r.Path)).ToHashSet(StringComparer.Ordinal);

    private static string Key(string method, string path) => $"{method.ToUpperInvariant()} {path}";

    private static IEnumerable<(string Function, string Method, string Path, AuthorizationLevel Level)> FunctionsRoutes() =>
        typeof(ApiTriggers).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Select(m => (Function: m.GetCustomAttribute<FunctionAttribute>(), Trigger: m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).OfType<HttpTriggerAttribute>().SingleOrDefault()))
            .Where(x => x.Function is not null && x.Trigger is not null)
            .SelectMany(x => (x.Trigger!.Methods ?? []).Select(method => (x.Function!.Name, method.ToUpperInvariant(), $"{RouteTemplates.Prefix}/{x.Trigger.Route}", x.Trigger.AuthLevel)));

    [Fact]
    public void The_functions_app_has_a_trigger_for_every_route_of_the_table_and_no_other()
    {
        var triggers = FunctionsRoutes().Select(r => Key(r.Method, r.Path)).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(Table.Order(StringComparer.Ordinal), triggers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_trigger_is_named_and_guarded_as_its_route_in_the_table()
    {
        foreach (var (function, method, path, level) in FunctionsRoutes())
        {
            var route = Assert.Single(FollowUpRoutes.All, r => r.Method == method && r.Path == path);
            Assert.Equal(route.Name, function);
            Assert.Equal(HostLevel(route.Access), level);
        }
    }

    /// <summary>
    /// Keys are the host's to check; admins sign in with Entra ID instead, so their routes are
    /// anonymous to the host and no key (not even the host's default) opens them.
    /// </summary>
    private static AuthorizationLevel HostLevel(RouteAccess access) => access switch
    {
        RouteAccess.Interviewer or RouteAccess.InboundKey => AuthorizationLevel.Function,
        RouteAccess.Anonymous or RouteAccess.Admin => AuthorizationLevel.Anonymous,
        _ => throw new ArgumentOutOfRangeException(nameof(access), access, null),
    };

    /// <summary>The security schemes openapi.json names for each role, as the README's route table shows them.</summary>
    private static string[] Schemes(RouteAccess access) => access switch
    {
        RouteAccess.Anonymous => [],
        RouteAccess.Interviewer => ["interviewerKey", "interviewerKeyHeader"],
        RouteAccess.InboundKey => ["inboundKey", "inboundKeyHeader"],
        RouteAccess.Admin => ["adminEntraId"],
        _ => throw new ArgumentOutOfRangeException(nameof(access), access, null),
    };

    [Fact]
    public void The_local_host_maps_every_route_of_the_table_and_no_other()
    {
        var app = WebApplication.CreateSlimBuilder().Build();
        app.MapFollowUpRoutes();

        var mapped = ((IEndpointRouteBuilder)app).DataSources
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(method => Key(method, "/" + e.RoutePattern.RawText!.TrimStart('/'))))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(Table.Order(StringComparer.Ordinal), mapped.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_openapi_document_describes_every_route_of_the_table_and_no_other()
    {
        using var document = JsonDocument.Parse(OpenApiDocument.Json);
        var server = document.RootElement.GetProperty("servers")[0].GetProperty("url").GetString();
        var documented = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(op => op.Name is "get" or "post" or "put" or "patch" or "delete")
                .Select(op => Key(op.Name, server + path.Name)))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(RouteTemplates.Prefix, server);
        Assert.Equal(Table.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_operation_of_the_document_names_the_security_schemes_of_its_role()
    {
        using var document = JsonDocument.Parse(OpenApiDocument.Json);
        var paths = document.RootElement.GetProperty("paths");
        var declared = document.RootElement.GetProperty("components").GetProperty("securitySchemes").EnumerateObject().Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var route in FollowUpRoutes.All)
        {
            var operation = paths.GetProperty("/" + route.Template).GetProperty(route.Method.ToLowerInvariant());

            // Explicit on every operation: a route never inherits a document-wide default by omission.
            Assert.True(operation.TryGetProperty("security", out var security), $"{route.Method} {route.Path} has no security");
            var schemes = security.EnumerateArray().SelectMany(requirement => requirement.EnumerateObject().Select(p => p.Name)).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(Schemes(route.Access).Order(StringComparer.Ordinal), schemes);
            Assert.All(schemes, scheme => Assert.Contains(scheme, declared));
        }

        Assert.False(document.RootElement.TryGetProperty("security", out _), "a document-wide default would hide a route's missing security");
    }

    [Fact]
    public void Only_status_cancel_retry_erasure_and_the_console_are_admin_routes()
    {
        var admin = FollowUpRoutes.All.Where(r => r.Access == RouteAccess.Admin).Select(r => Key(r.Method, r.Template)).Order(StringComparer.Ordinal);

        Assert.Equal(["DELETE interviews/{id}", "GET admin", "GET erasure-requests/{id}", "GET interviews", "GET interviews/{id}", "GET metrics", "GET talent-pool", "POST erasure-requests", "POST interviews/{id}/retry", "POST talent-pool/{id}/snooze"], admin);
    }

    [Fact]
    public void The_interviewer_key_opens_the_form_reporting_confirming_a_date_offering_slots_uploading_voice_and_the_api_document_only()
    {
        var interviewer = FollowUpRoutes.All.Where(r => r.Access == RouteAccess.Interviewer).Select(r => Key(r.Method, r.Template)).Order(StringComparer.Ordinal);

        Assert.Equal(["GET form", "GET openapi.json", "POST interviews", "POST interviews/{id}/confirm-date", "POST interviews/{id}/reaction", "POST interviews/{id}/voice", "PUT interviews/{id}/slots"], interviewer);
    }

    [Fact]
    public void Only_the_candidate_facing_routes_the_webhooks_and_health_are_anonymous()
    {
        var anonymous = FollowUpRoutes.All.Where(r => r.Access == RouteAccess.Anonymous).Select(r => Key(r.Method, r.Template)).Order(StringComparer.Ordinal);

        // Each webhook checks its sender itself (HMAC, Mailgun's signature, basic credentials); the keyed one leaves it to the host.
        Assert.Equal(
            ["GET health", "GET opt-out", "GET schedule", "GET voice", "GET voice/audio", "POST inbound-email", "POST inbound-email/mailgun", "POST inbound-email/postmark", "POST inbound-email/sendgrid", "POST opt-out", "POST schedule"],
            anonymous);
    }
}
