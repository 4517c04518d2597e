using FollowUp.Api.Endpoints;
using FollowUp.Api.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Api.Routing;

/// <summary>
/// The route table: every route of FollowUp, once. The local host maps it, each Functions HTTP
/// trigger calls into it, and a test holds both hosts and the OpenAPI document to it.
/// </summary>
public static class FollowUpRoutes
{
    public static IReadOnlyList<ApiRoute> All { get; } =
    [
        Route<InterviewEndpoints>(RouteNames.SubmitInterview, HttpMethods.Post, RouteTemplates.Interviews, RouteAccess.Interviewer, "Report an interview; starts its follow-up.", (e, call) => e.SubmitAsync(call)),
        Route<AdminEndpoints>(RouteNames.ListInterviews, HttpMethods.Get, RouteTemplates.Interviews, RouteAccess.Admin, "The case list, newest interview first, paged.", (e, call) => e.ListInterviewsAsync(call)),
        Route<InterviewEndpoints>(RouteNames.GetInterview, HttpMethods.Get, RouteTemplates.Interview, RouteAccess.Admin, "Status of an interview's follow-up.", (e, call) => e.GetAsync(call)),
        Route<InterviewEndpoints>(RouteNames.CancelInterview, HttpMethods.Delete, RouteTemplates.Interview, RouteAccess.Admin, "Cancel the follow-up.", (e, call) => e.CancelAsync(call)),
        Route<InterviewEndpoints>(RouteNames.ChangeReaction, HttpMethods.Post, RouteTemplates.InterviewReaction, RouteAccess.Interviewer, "Report a new reaction.", (e, call) => e.ChangeReactionAsync(call)),
        Route<InterviewEndpoints>(RouteNames.ConfirmInterviewDate, HttpMethods.Post, RouteTemplates.InterviewConfirmDate, RouteAccess.Interviewer, "Keep the booked date after a reply; releases the held reminder.", (e, call) => e.ConfirmDateAsync(call)),
        Route<SlotEndpoints>(RouteNames.ReplaceInterviewSlots, HttpMethods.Put, RouteTemplates.InterviewSlots, RouteAccess.Interviewer, "Add or replace the slots an open case offers the candidate to book.", (e, call) => e.ReplaceAsync(call)),
        Route<InterviewEndpoints>(RouteNames.RetryInterview, HttpMethods.Post, RouteTemplates.InterviewRetry, RouteAccess.Admin, "Try a stuck step again.", (e, call) => e.RetryAsync(call)),
        Route<InboundEmailEndpoint>(RouteNames.ReceiveInboundEmail, HttpMethods.Post, RouteTemplates.InboundEmail, RouteAccess.Anonymous, "A candidate's reply as JSON or a raw message (HMAC-signed).", (e, call) => e.ReceiveAsync(call)),
        Route<InboundEmailEndpoint>(RouteNames.ReceiveKeyedInboundEmail, HttpMethods.Post, RouteTemplates.KeyedInboundEmail, RouteAccess.InboundKey, "A candidate's reply as a raw message or JSON, behind a function key (Logic Apps).", (e, call) => e.ReceiveKeyedAsync(call)),
        Route<MailgunInboundEndpoint>(RouteNames.ReceiveMailgunEmail, HttpMethods.Post, RouteTemplates.MailgunInboundEmail, RouteAccess.Anonymous, "A candidate's reply from Mailgun Routes (Mailgun's signature).", (e, call) => e.ReceiveAsync(call)),
        Route<SendGridInboundEndpoint>(RouteNames.ReceiveSendGridEmail, HttpMethods.Post, RouteTemplates.SendGridInboundEmail, RouteAccess.Anonymous, "A candidate's reply from SendGrid Inbound Parse (basic credentials).", (e, call) => e.ReceiveAsync(call)),
        Route<PostmarkInboundEndpoint>(RouteNames.ReceivePostmarkEmail, HttpMethods.Post, RouteTemplates.PostmarkInboundEmail, RouteAccess.Anonymous, "A candidate's reply from Postmark's inbound webhook (basic credentials).", (e, call) => e.ReceiveAsync(call)),
        Route<OptOutEndpoint>(RouteNames.OptOut, HttpMethods.Get, RouteTemplates.OptOut, RouteAccess.Anonymous, "The opt-out link: a confirmation page whose button posts.", (e, call) => e.ConfirmAsync(call)),
        Route<OptOutEndpoint>(RouteNames.OptOut, HttpMethods.Post, RouteTemplates.OptOut, RouteAccess.Anonymous, "RFC 8058 one-click opt-out.", (e, call) => e.OptOutAsync(call)),
        Route<ScheduleEndpoint>(RouteNames.Schedule, HttpMethods.Get, RouteTemplates.Schedule, RouteAccess.Anonymous, "The scheduling link: the candidate's page of free slots to book.", (e, call) => e.ShowAsync(call)),
        Route<ScheduleEndpoint>(RouteNames.Schedule, HttpMethods.Post, RouteTemplates.Schedule, RouteAccess.Anonymous, "Book the slot the page's form names.", (e, call) => e.BookAsync(call)),
        Route<ErasureEndpoints>(RouteNames.RequestErasure, HttpMethods.Post, RouteTemplates.ErasureRequests, RouteAccess.Admin, "Erase a candidate's personal data (the address in the body) and keep them from being emailed again.", (e, call) => e.SubmitAsync(call)),
        Route<ErasureEndpoints>(RouteNames.GetErasureRequest, HttpMethods.Get, RouteTemplates.ErasureRequest, RouteAccess.Admin, "Status of an erasure request and what it removed.", (e, call) => e.GetAsync(call)),
        Route<AdminEndpoints>(RouteNames.ListTalentPool, HttpMethods.Get, RouteTemplates.TalentPool, RouteAccess.Admin, "The talent pool with re-contact dates, newest entry first, paged.", (e, call) => e.ListTalentPoolAsync(call)),
        Route<AdminEndpoints>(RouteNames.SnoozeTalentPool, HttpMethods.Post, RouteTemplates.TalentPoolSnooze, RouteAccess.Admin, "Move a pool entry's re-contact date.", (e, call) => e.SnoozeAsync(call)),
        Route<AdminEndpoints>(RouteNames.GetMetrics, HttpMethods.Get, RouteTemplates.Metrics, RouteAccess.Admin, "The team's figures per reaction and per owner.", (e, call) => e.MetricsAsync(call)),
        Route(RouteNames.ReportForm, HttpMethods.Get, RouteTemplates.Form, RouteAccess.Interviewer, "The interviewer's report form.", _ => SiteEndpoints.FormAsync()),
        Route(RouteNames.AdminConsole, HttpMethods.Get, RouteTemplates.Admin, RouteAccess.Admin, "The team's console: cases, talent pool and figures (ja/en).", call => SiteEndpoints.AdminAsync(call)),
        Route(RouteNames.OpenApi, HttpMethods.Get, RouteTemplates.OpenApi, RouteAccess.Interviewer, "This API's OpenAPI document.", _ => SiteEndpoints.OpenApiAsync()),
        Route<VoiceEndpoints>(RouteNames.UploadVoice, HttpMethods.Post, RouteTemplates.InterviewVoice, RouteAccess.Interviewer, "Upload a voice message recorded for the interview (audio/webm, audio/ogg or audio/mp4, up to 5 MB).", (e, call) => e.UploadAsync(call)),
        Route<VoiceEndpoints>(RouteNames.VoicePage, HttpMethods.Get, RouteTemplates.Voice, RouteAccess.Anonymous, "The candidate's private listening page (signed voice token).", (e, call) => e.PageAsync(call)),
        Route<VoiceEndpoints>(RouteNames.VoiceAudio, HttpMethods.Get, RouteTemplates.VoiceAudio, RouteAccess.Anonymous, "The recorded audio behind the listening page, with range requests (signed voice token).", (e, call) => e.AudioAsync(call)),
        Route<SiteEndpoints>(RouteNames.Health, HttpMethods.Get, RouteTemplates.Health, RouteAccess.Anonymous, "Liveness of storage and the durable runtime.", (e, call) => e.HealthAsync(call)),
    ];

    /// <summary>The route called <paramref name="name"/> for <paramref name="method"/>: one name (one Functions function) may serve several methods.</summary>
    public static ApiRoute Find(string name, string method) =>
        All.FirstOrDefault(r => r.Name == name && string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentOutOfRangeException(nameof(name), $"{method} {name}", "No route has this name and method.");

    private static ApiRoute Route<TEndpoint>(string name, string method, string template, RouteAccess access, string summary, Func<TEndpoint, RouteCall, Task<ApiAnswer>> handle)
        where TEndpoint : notnull =>
        new(name, method, template, access, summary, (services, call) => handle(services.GetRequiredService<TEndpoint>(), call));

    private static ApiRoute Route(string name, string method, string template, RouteAccess access, string summary, Func<RouteCall, Task<ApiAnswer>> handle) =>
        new(name, method, template, access, summary, (_, call) => handle(call));
}
