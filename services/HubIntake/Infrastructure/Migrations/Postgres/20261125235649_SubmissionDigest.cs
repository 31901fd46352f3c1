using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.HubIntake.Infrastructure.Migrations.Postgres
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
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            // Applications stored before digests get theirs.
            migrationBuilder.Sql("""
                UPDATE "Applications" SET "SubmissionDigest" = upper(encode(sha256("ManifestSignature"), 'hex'));
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
