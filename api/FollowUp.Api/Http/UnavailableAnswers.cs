using System.Net.Sockets;

namespace FollowUp.Api.Http;

/// <summary>
/// What a route answers when a dependency failed underneath it: a dependency that is down (storage,
/// the durable runtime) is a 503 the client may retry, never a bare 500.
/// </summary>
public static class UnavailableAnswers
{
    // Matched by name: this library takes no dependency on the Azure SDK or gRPC just to recognise their failures.
    private static readonly HashSet<string> OutageTypes = new(StringComparer.Ordinal)
    {
        "Azure.RequestFailedException",
        "Grpc.Core.RpcException",
    };

    public static bool IsDependencyOutage(Exception failure) => failure switch
    {
        null => false,
        HttpRequestException or SocketException or TimeoutException => true,
        _ when OutageTypes.Contains(failure.GetType().FullName ?? string.Empty) => true,
        _ => failure.InnerException is { } inner && IsDependencyOutage(inner),
    };

    public static ApiAnswer For(Exception failure) =>
        IsDependencyOutage(failure)
            ? ApiAnswer.Problem(503, "FollowUp is temporarily unavailable.", "Storage or the durable runtime did not answer; nothing was lost. Try again in a moment.")
            : ApiAnswer.Problem(500, "Unexpected error.", "The error was logged; nothing was stored by this request.");
}
