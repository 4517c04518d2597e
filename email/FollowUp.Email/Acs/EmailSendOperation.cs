using System.Text.Json;
using Azure;

namespace FollowUp.Email.Acs;

/// <summary>
/// Mirrors the SDK's <c>EmailSendOperation</c>: a long-running send polled at
/// <c>/emails/operations/{id}</c>. Azure.Core's <see cref="Operation{T}"/> supplies the polling loop,
/// which honours the service's <c>retry-after</c> between polls.
/// </summary>
public class EmailSendOperation : Operation<EmailSendResult>
{
    private readonly EmailClient _client;
    private Response _rawResponse;
    private EmailSendResult? _value;

    /// <summary>Rehydrates an operation by id, e.g. to check whether an earlier attempt was accepted.</summary>
    public EmailSendOperation(string id, EmailClient client)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _rawResponse = null!;
    }

    internal EmailSendOperation(string id, EmailClient client, Response accepted, BinaryData content)
        : this(id, client)
    {
        _rawResponse = accepted;
        Apply(accepted, content);
    }

    /// <summary>For mocking.</summary>
    protected EmailSendOperation()
    {
        _client = null!;
        _rawResponse = null!;
        Id = string.Empty;
    }

    public override string Id { get; }

    public override EmailSendResult Value => _value is { Status: var status } && status == EmailSendStatus.Succeeded
        ? _value
        : throw new InvalidOperationException($"Email operation {Id} has not succeeded (status {_value?.Status.ToString() ?? "unknown"}).");

    public override bool HasValue => _value is { Status: var status } && status == EmailSendStatus.Succeeded;

    public override bool HasCompleted => _value?.Status.IsTerminal ?? false;

    /// <summary>The last status seen, terminal or not.</summary>
    public EmailSendStatus? Status => _value?.Status;

    public override Response GetRawResponse() => _rawResponse;

    public override Response UpdateStatus(CancellationToken cancellationToken = default) =>
        UpdateStatusAsync(cancellationToken).AsTask().GetAwaiter().GetResult();

    /// <exception cref="RequestFailedException">The operation does not exist (404), or ended Failed or Canceled.</exception>
    public override async ValueTask<Response> UpdateStatusAsync(CancellationToken cancellationToken = default)
    {
        if (HasCompleted)
        {
            return _rawResponse;
        }

        var (response, content) = await _client.GetSendStatusAsync(Id, cancellationToken).ConfigureAwait(false);
        _rawResponse = response;
        Apply(response, content);
        return response;
    }

    private void Apply(Response response, BinaryData content)
    {
        if (content.ToMemory().IsEmpty)
        {
            _value = new EmailSendResult(Id, EmailSendStatus.NotStarted);
            return;
        }

        using var document = JsonDocument.Parse(content.ToMemory());
        var root = document.RootElement;
        var status = root.TryGetProperty("status", out var s) && s.GetString() is { Length: > 0 } text
            ? new EmailSendStatus(text)
            : EmailSendStatus.NotStarted;
        _value = new EmailSendResult(Id, status);

        if (status == EmailSendStatus.Failed || status == EmailSendStatus.Canceled)
        {
            var (code, message) = ReadError(root);
            throw new RequestFailedException(response.Status, $"Email operation {Id} ended {status} ({code ?? "no code"}): {message}", code, null);
        }
    }

    private static (string? Code, string Message) ReadError(JsonElement root)
    {
        if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
            var message = error.TryGetProperty("message", out var m) ? m.GetString() : null;
            return (code, message ?? code ?? "no details");
        }

        return (null, "no details");
    }
}
