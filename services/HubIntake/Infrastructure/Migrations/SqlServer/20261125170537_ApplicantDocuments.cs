using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.HubIntake.Infrastructure.Migrations.SqlServer
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Iin = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Content = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Problems = table.Column<string>(type: "nvarchar(max)", nullable: false)
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
