using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.HubIntake.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HubReviewWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "InterviewNotes",
                table: "Applications",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "InterviewStartsAt",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Interviewer",
                table: "Applications",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RejectionReason",
                table: "Applications",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Interviewer_InterviewStartsAt",
                table: "Applications",
                columns: new[] { "Interviewer", "InterviewStartsAt" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_Interviewer_InterviewStartsAt",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "InterviewNotes",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "InterviewStartsAt",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Interviewer",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "RejectionReason",
                table: "Applications");
        }
    }
}
