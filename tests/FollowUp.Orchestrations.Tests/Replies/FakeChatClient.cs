using Microsoft.Extensions.AI;

namespace FollowUp.Orchestrations.Tests.Replies;

/// <summary>A chat model that answers what the test recorded, so no test ever calls a live model.</summary>
internal sealed class FakeChatClient(Func<CancellationToken, Task<string>> answer) : IChatClient
{
    public FakeChatClient(string answer)
        : this(_ => Task.FromResult(answer))
    {
    }

    public List<(IReadOnlyList<ChatMessage> Messages, ChatOptions? Options)> Calls { get; } = [];

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls.Add((messages.ToList(), options));
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, await answer(cancellationToken)));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The reply reader does not stream.");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
