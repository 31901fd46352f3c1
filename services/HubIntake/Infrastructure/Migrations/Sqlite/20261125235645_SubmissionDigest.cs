using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.HubIntake.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SubmissionDigest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SubmissionDigest",
                table: "Applications",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            // Applications stored before digests: SQLite has no SHA-256, so a placeholder that no digest equals.
            migrationBuilder.Sql("""
                UPDATE "Applications" SET "SubmissionDigest" = 'before-digests:' || "CaseId";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_SubmissionDigest",
                table: "Applications",
                column: "SubmissionDigest",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_SubmissionDigest",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "SubmissionDigest",
                table: "Applications");
        }
    }
}
