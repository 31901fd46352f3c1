using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.HubIntake.Infrastructure.Migrations.SqlServer
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
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            // Applications stored before digests get theirs.
            migrationBuilder.Sql("""
                UPDATE [Applications] SET [SubmissionDigest] = CONVERT(varchar(64), HASHBYTES('SHA2_256', [ManifestSignature]), 2);
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
