using NomadPlatform.BrowserTests.Walk;

namespace NomadPlatform.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class JourneyInEachLanguageTests(PortalPlatform platform)
{
    /// <summary>
    /// Sign-in to permit through the pages alone, in one language throughout: the applicant, the Hub's three
    /// officers, the migration service, Arrival's three desks and the PSC counter; at the end the applicant sees who saw their data. Every page on the way passes
    /// axe-core and shows no text missing and none in another language.
    /// </summary>
    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("en")]
    public async Task One_case_goes_from_sign_in_to_permit_through_the_pages_every_page_in_the_readers_language(string language)
    {
        using var applicant = await platform.RegisteredApplicantAsync();
        using var walk = new PageWalk(platform, applicant, language);

        await walk.SignInUploadSignAndSubmitAsync();
        await walk.VerifyTheDocumentsAsync();
        var interview = await walk.ChooseInterviewTimeAsync();
        await walk.HoldTheInterviewAsync(interview);
        await walk.EndorseAsync();
        await walk.FileResidencePermitApplicationAsync();
        await walk.ApproveAsync();
        await walk.ReadTheNotificationAsync();
        await walk.ArriveAsync();
        await walk.SeeArrivalCompletedAsync();
        var permitNumber = await walk.IssueThePermitAsync();
        await walk.IssueTheFamilyVisaAsync();
        await walk.SeeThePermitAsync(permitNumber);
        await walk.SeeWhoSawTheDataAsync();
    }
}
