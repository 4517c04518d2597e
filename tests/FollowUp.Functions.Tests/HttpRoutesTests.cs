using System.Reflection;
using System.Text.Json;
using FollowUp.Functions.Http;
using FollowUp.Orchestrations.Operations.ApiDescription;
using Microsoft.Azure.Functions.Worker;

namespace FollowUp.Functions.Tests;

/// <summary>The Functions app's HTTP routes against the published OpenAPI document and DESIGN §2's auth levels.</summary>
public sealed class HttpRoutesTests
{
    private static readonly IReadOnlyList<(string Function, string Route, string Method, AuthorizationLevel Level)> Routes =
        typeof(InterviewsApi).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Select(m => (Function: m.GetCustomAttribute<FunctionAttribute>(), Trigger: m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).OfType<HttpTriggerAttribute>().SingleOrDefault()))
            .Where(x => x.Function is not null && x.Trigger is not null)
            .SelectMany(x => (x.Trigger!.Methods ?? []).Select(method => (x.Function!.Name, x.Trigger.Route!, method.ToUpperInvariant(), x.Trigger.AuthLevel)))
            .ToArray();

    private static HashSet<string> Keys(IEnumerable<(string Path, string Method)> routes) =>
        routes.Select(r => $"{r.Method} {r.Path}").ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Every_route_of_the_app_is_in_the_openapi_document_and_nothing_else()
    {
        using var document = JsonDocument.Parse(OpenApiDocument.Json);
        var documented = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(op => op.Name is "get" or "post" or "put" or "patch" or "delete")
                .Select(op => (Path: path.Name, Method: op.Name.ToUpperInvariant())));
        var served = Routes.Select(r => (Path: "/" + r.Route, r.Method));

        var documentedKeys = Keys(documented);
        var servedKeys = Keys(served);

        Assert.Empty(servedKeys.Except(documentedKeys));
        Assert.Empty(documentedKeys.Except(servedKeys));
        Assert.Equal("/api", document.RootElement.GetProperty("servers")[0].GetProperty("url").GetString());
    }

    [Fact]
    public void Only_the_candidate_facing_routes_the_webhook_and_health_are_anonymous()
    {
        var anonymous = Routes.Where(r => r.Level == AuthorizationLevel.Anonymous).Select(r => $"{r.Method} {r.Route}").Order(StringComparer.Ordinal);

        Assert.Equal(["GET health", "GET opt-out", "POST inbound-email", "POST opt-out"], anonymous);
        Assert.All(Routes.Where(r => r.Level != AuthorizationLevel.Anonymous), r => Assert.Equal(AuthorizationLevel.Function, r.Level));
    }

    [Fact]
    public void Anonymous_routes_are_marked_without_security_in_the_document()
    {
        using var document = JsonDocument.Parse(OpenApiDocument.Json);
        var paths = document.RootElement.GetProperty("paths");
        foreach (var route in Routes)
        {
            var operation = paths.GetProperty("/" + route.Route).GetProperty(route.Method.ToLowerInvariant());
            var open = operation.TryGetProperty("security", out var security) && security.GetArrayLength() == 0;
            Assert.True(open == (route.Level == AuthorizationLevel.Anonymous), $"{route.Method} /{route.Route}");
        }
    }
}
