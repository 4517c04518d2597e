using FollowUp.Api.Http;
using FollowUp.Api.Routing;
using Microsoft.DurableTask.Client;

namespace FollowUp.LocalHost;

/// <summary>
/// The route table (<see cref="FollowUpRoutes"/>) on the local host: every route mapped under its
/// template and name, answered by the same handler the Functions triggers call.
/// </summary>
internal static class LocalRoutes
{
    public static void MapFollowUpRoutes(this IEndpointRouteBuilder app)
    {
        foreach (var route in FollowUpRoutes.All)
        {
            app.MapMethods(route.Path, [route.Method], context => InvokeAsync(route, context))
                .WithName($"{route.Name}.{route.Method}")
                .WithSummary(route.Summary);
        }
    }

    private static async Task InvokeAsync(ApiRoute route, HttpContext context)
    {
        var call = new RouteCall(context.Request, context.RequestServices.GetRequiredService<DurableTaskClient>(), context.RequestAborted);
        var answer = await route.InvokeAsync(context.RequestServices, call);
        await ApiAnswerWriter.WriteAsync(context.Response, answer, context.RequestAborted);
    }
}
