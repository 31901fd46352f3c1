using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.HubIntake.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ApplicantDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApplicantDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Iin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Problems = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicantDocuments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicantDocuments_Iin_Kind",
                table: "ApplicantDocuments",
                columns: new[] { "Iin", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicantDocuments_Sha256",
                table: "ApplicantDocuments",
                column: "Sha256");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApplicantDocuments");
        }
    }
}
