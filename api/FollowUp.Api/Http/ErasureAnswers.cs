using FollowUp.Api.Routing;
using FollowUp.Orchestrations.Operations.Erasure;

namespace FollowUp.Api.Http;

/// <summary>Answers of the erasure routes: the request's status, never an address or an interview id.</summary>
public static class ErasureAnswers
{
    public static ApiAnswer Accepted(ErasureRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ApiAnswer.Ok(View(request), 202, StatusPath(request.Id));
    }

    public static ApiAnswer ForStatus(string requestId, ErasureRequest? request) =>
        request is null
            ? ApiAnswer.Problem(404, "No such erasure request.", $"No erasure request has the id '{requestId}'.")
            : ApiAnswer.Ok(View(request));

    public static ApiAnswer InvalidAddress() =>
        ApiAnswer.Problem(400, "Not an email address.", errors: new Dictionary<string, string[]> { ["email"] = ["Give the candidate's email address as it was reported."] });

    public static string StatusPath(string requestId) => $"{RouteTemplates.Prefix}/{RouteTemplates.ErasureRequests}/{requestId}";

    private static ErasureRequestView View(ErasureRequest request) =>
        new(request.Id, request.Status, request.RequestedAt, request.CompletedAt, request.Removed, request.RemainingInterviewIds.Count);
}

/// <param name="InstancesRemaining">Instances not yet stopped and purged: the status stays <c>pending</c> until they are, and each read tries again.</param>
public sealed record ErasureRequestView(
    string Id,
    ErasureStatus Status,
    DateTimeOffset RequestedAt,
    DateTimeOffset? CompletedAt,
    ErasureRemoved Removed,
    int InstancesRemaining);
