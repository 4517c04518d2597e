using System.Globalization;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace FollowUp.Email.Acs;

/// <summary>
/// A thin client for ACS Email's REST API with the shape of Azure.Communication.Email's
/// <c>EmailClient</c>, so the SDK can replace it one-for-one when it becomes available. Retries
/// (429 and 5xx, honouring <c>Retry-After</c>) live in the Azure.Core pipeline, not in callers.
/// </summary>
public class EmailClient
{
    /// <summary>The Entra ID scope of every Communication Services data-plane API (the double slash is intended).</summary>
    public const string Scope = "https://communication.azure.com//.default";

    /// <summary>ACS accepts at most this many recipients in To, Cc and Bcc together.</summary>
    public const int MaxRecipients = 50;

    /// <summary>ACS accepts at most this request size, attachments (base64) included.</summary>
    public const int MaxRequestBytes = 10 * 1024 * 1024;

    internal const string OperationIdHeader = "Operation-Id";
    private const string ApiVersionParameter = "api-version";
    private const string SendPath = "/emails:send";
    private const string OperationsPath = "/emails/operations/";

    private readonly Uri _endpoint;
    private readonly string _apiVersion;
    private readonly HttpPipeline _pipeline;

    public EmailClient(string connectionString)
        : this(connectionString, new EmailClientOptions())
    {
    }

    public EmailClient(string connectionString, EmailClientOptions options)
        : this(AcsConnectionString.Parse(connectionString), options ?? new EmailClientOptions(), TimeProvider.System)
    {
    }

    public EmailClient(Uri endpoint, TokenCredential credential, EmailClientOptions? options = null)
        : this(endpoint, options ?? new EmailClientOptions(), new BearerTokenAuthenticationPolicy(credential, Scope))
    {
    }

    internal EmailClient(AcsConnectionString connectionString, EmailClientOptions options, TimeProvider clock)
        : this(connectionString.Endpoint, options, new HmacAuthenticationPolicy(connectionString.AccessKey, clock))
    {
    }

    /// <summary>For mocking.</summary>
    protected EmailClient()
    {
        _endpoint = null!;
        _apiVersion = string.Empty;
        _pipeline = null!;
    }

    private EmailClient(Uri endpoint, EmailClientOptions options, HttpPipelinePolicy authentication)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        _endpoint = endpoint;
        _apiVersion = options.Version;
        _pipeline = HttpPipelineBuilder.Build(options, [], [authentication], new ResponseClassifier());
    }

    /// <summary>Sends with a new operation id, as the SDK does.</summary>
    public virtual Task<EmailSendOperation> SendAsync(WaitUntil wait, EmailMessage message, CancellationToken cancellationToken = default) =>
        SendAsync(wait, message, Guid.NewGuid(), cancellationToken);

    /// <summary>
    /// Sends under a caller-chosen <c>Operation-Id</c>. FollowUp passes an id derived from the order,
    /// so every retry of one logical email names the same operation.
    /// </summary>
    /// <exception cref="ArgumentException">The message breaks a documented ACS limit.</exception>
    /// <exception cref="RequestFailedException">The service refused the request (after the pipeline's retries).</exception>
    public virtual async Task<EmailSendOperation> SendAsync(WaitUntil wait, EmailMessage message, Guid operationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = Validate(message);

        using var http = _pipeline.CreateMessage();
        var request = http.Request;
        request.Method = RequestMethod.Post;
        request.Uri.Reset(_endpoint);
        request.Uri.AppendPath(SendPath, escape: false);
        request.Uri.AppendQuery(ApiVersionParameter, _apiVersion);
        var id = operationId.ToString("D", CultureInfo.InvariantCulture);
        request.Headers.Add(OperationIdHeader, id);
        request.Headers.Add(HttpHeader.Common.JsonContentType);
        request.Content = RequestContent.Create(body);

        await _pipeline.SendAsync(http, cancellationToken).ConfigureAwait(false);
        var response = http.Response;
        if (response.Status != 202)
        {
            throw new RequestFailedException(response);
        }

        // Read while the message still owns the buffered content; it is disposed on return.
        var operation = new EmailSendOperation(id, this, response, response.Content);
        if (wait == WaitUntil.Completed)
        {
            await operation.WaitForCompletionAsync(cancellationToken).ConfigureAwait(false);
        }

        return operation;
    }

    internal async Task<(Response Response, BinaryData Content)> GetSendStatusAsync(string operationId, CancellationToken cancellationToken)
    {
        using var http = _pipeline.CreateMessage();
        var request = http.Request;
        request.Method = RequestMethod.Get;
        request.Uri.Reset(_endpoint);
        request.Uri.AppendPath(OperationsPath, escape: false);
        request.Uri.AppendPath(operationId, escape: true);
        request.Uri.AppendQuery(ApiVersionParameter, _apiVersion);

        await _pipeline.SendAsync(http, cancellationToken).ConfigureAwait(false);
        var response = http.Response;
        if (response.Status != 200)
        {
            throw new RequestFailedException(response);
        }

        return (response, response.Content);
    }

    private static byte[] Validate(EmailMessage message)
    {
        if (message.Recipients.Count is 0 or > MaxRecipients)
        {
            throw new ArgumentException($"An email needs 1 to {MaxRecipients} recipients; this one has {message.Recipients.Count}.", nameof(message));
        }

        if (string.IsNullOrWhiteSpace(message.Content.Subject))
        {
            throw new ArgumentException("An email needs a subject.", nameof(message));
        }

        if (string.IsNullOrWhiteSpace(message.Content.PlainText) && string.IsNullOrWhiteSpace(message.Content.Html))
        {
            throw new ArgumentException("An email needs a plain-text or HTML body.", nameof(message));
        }

        var body = EmailMessageSerializer.Serialize(message);
        if (body.Length > MaxRequestBytes)
        {
            throw new ArgumentException($"The email is {body.Length} bytes; ACS accepts at most {MaxRequestBytes}.", nameof(message));
        }

        return body;
    }
}
