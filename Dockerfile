# Production image for the API (which also serves the built portal) and the worker.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY apps/api/package.json apps/api/package.json
COPY apps/portal/package.json apps/portal/package.json
COPY libs/shared/package.json libs/shared/package.json
COPY libs/matching/package.json libs/matching/package.json
COPY libs/retention/package.json libs/retention/package.json
COPY libs/risk/package.json libs/risk/package.json
COPY libs/synthetic-data/package.json libs/synthetic-data/package.json
COPY e2e/package.json e2e/package.json
RUN npm ci
COPY . .
RUN NX_DAEMON=false npx nx run-many -t build -p api portal --outputStyle=static \
 && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/package.json /app/package-lock.json ./
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/apps/api/src/main.js"]
